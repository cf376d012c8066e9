package com.pmocareer.people;

/** Each module that stores personal data takes part in a GDPR export and erasure through this. */
public interface PersonalDataContributor {

    /** The key of this module's part in the export. */
    String section();

    Object export(long personId);

    /** Removes or anonymises what identifies the person, keeping what aggregate statistics need. */
    void erase(long personId);
}
