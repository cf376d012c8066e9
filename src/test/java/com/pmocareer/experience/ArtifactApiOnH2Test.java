package com.pmocareer.experience;

import com.pmocareer.support.OnH2;

@OnH2
class ArtifactApiOnH2Test extends ArtifactApiContract {
}
