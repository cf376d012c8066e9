package com.pmocareer.competency;

import com.pmocareer.support.OnPostgres;

@OnPostgres
class CompetencyApiOnPostgresTest extends CompetencyApiContract {
}
