package com.pmocareer.learning;

import com.pmocareer.support.OnPostgres;

@OnPostgres
class ComplianceXapiApiOnPostgresTest extends ComplianceXapiApiContract {
}
