package com.pmocareer.experience;

import com.pmocareer.support.OnPostgres;

@OnPostgres
class ArtifactApiOnPostgresTest extends ArtifactApiContract {
}
