package com.pmocareer.competency;

import com.pmocareer.support.OnH2;

@OnH2
class FeedbackRoundApiOnH2Test extends FeedbackRoundApiContract {
}
