package com.pmocareer.development;

import com.pmocareer.support.OnH2;

@OnH2
class DevelopmentPlanApiOnH2Test extends DevelopmentPlanApiContract {
}
