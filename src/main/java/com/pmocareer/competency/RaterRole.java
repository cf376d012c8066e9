package com.pmocareer.competency;

/** In which capacity someone rated: themselves, as their mentor, as their lead, or as an invited peer. */
public enum RaterRole {
    SELF, MENTOR, LEAD, PEER
}
