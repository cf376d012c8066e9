package com.pmocareer.competency;

import com.pmocareer.support.OnPostgres;

@OnPostgres
class FeedbackRoundApiOnPostgresTest extends FeedbackRoundApiContract {
}
