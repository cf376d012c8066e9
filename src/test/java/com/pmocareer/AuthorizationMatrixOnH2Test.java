package com.pmocareer;

import com.pmocareer.support.OnH2;

@OnH2
class AuthorizationMatrixOnH2Test extends AuthorizationMatrixContract {
}
