package com.pmocareer.certification;

import com.pmocareer.support.OnPostgres;

@OnPostgres
class CertificationApiOnPostgresTest extends CertificationApiContract {
}
