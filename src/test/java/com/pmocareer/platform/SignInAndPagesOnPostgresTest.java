package com.pmocareer.platform;

import com.pmocareer.support.OnPostgres;

@OnPostgres
class SignInAndPagesOnPostgresTest extends SignInAndPagesContract {
}
