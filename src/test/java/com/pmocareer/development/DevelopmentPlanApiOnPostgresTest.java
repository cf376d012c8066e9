package com.pmocareer.development;

import com.pmocareer.support.OnPostgres;

@OnPostgres
class DevelopmentPlanApiOnPostgresTest extends DevelopmentPlanApiContract {
}
