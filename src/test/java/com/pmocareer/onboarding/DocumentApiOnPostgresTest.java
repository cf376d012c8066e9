package com.pmocareer.onboarding;

import com.pmocareer.support.OnPostgres;

@OnPostgres
class DocumentApiOnPostgresTest extends DocumentApiContract {
}
