package com.pmocareer.mentoring;

import com.pmocareer.support.OnPostgres;

@OnPostgres
class MentoringApiOnPostgresTest extends MentoringApiContract {
}
