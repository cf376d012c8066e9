package com.pmocareer.competency;

import com.pmocareer.support.OnH2;

@OnH2
class CompetencyApiOnH2Test extends CompetencyApiContract {
}
