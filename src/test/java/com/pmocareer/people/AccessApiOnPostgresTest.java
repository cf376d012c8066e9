package com.pmocareer.people;

import com.pmocareer.support.OnPostgres;

@OnPostgres
class AccessApiOnPostgresTest extends AccessApiContract {
}
