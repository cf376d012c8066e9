package com.pmocareer.learning;

import com.pmocareer.support.OnH2;

@OnH2
class ComplianceXapiApiOnH2Test extends ComplianceXapiApiContract {
}
