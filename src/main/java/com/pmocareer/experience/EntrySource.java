package com.pmocareer.experience;

public enum EntrySource {
    MANUAL, MS_PROJECT, JIRA
}
