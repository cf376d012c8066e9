package com.pmocareer.mentoring;

import com.pmocareer.support.OnH2;

@OnH2
class MentoringApiOnH2Test extends MentoringApiContract {
}
