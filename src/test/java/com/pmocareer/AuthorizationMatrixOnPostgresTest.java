package com.pmocareer;

import com.pmocareer.support.OnPostgres;

@OnPostgres
class AuthorizationMatrixOnPostgresTest extends AuthorizationMatrixContract {
}
