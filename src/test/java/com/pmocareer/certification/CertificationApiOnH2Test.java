package com.pmocareer.certification;

import com.pmocareer.support.OnH2;

@OnH2
class CertificationApiOnH2Test extends CertificationApiContract {
}
