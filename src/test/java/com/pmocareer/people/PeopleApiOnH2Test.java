package com.pmocareer.people;

import com.pmocareer.support.OnH2;

@OnH2
class PeopleApiOnH2Test extends PeopleApiContract {
}
