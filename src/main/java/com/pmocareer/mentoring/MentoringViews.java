package com.pmocareer.mentoring;

import java.time.Instant;
import java.util.List;

/** What mentor profiles, preferences and matching proposals take and show. */
public final class MentoringViews {

    private MentoringViews() {
    }

    public record Strength(String code, String name, Integer level) {
    }

    /** {@code strengthsFromProfile}: nobody edited them, so they are the mentor's assessed levels of 4 and 5. */
    public record MentorProfileView(long personId, String name, int capacity, int currentMentees, String availability,
            List<String> languages, String timeZone, String location, boolean crossTeamWelcome, String topics,
            List<Strength> strengths, boolean strengthsFromProfile, long version) {

        public int room() {
            return Math.max(0, capacity - currentMentees);
        }
    }

    /** {@code strengths}: competency codes; null keeps them coming from the competency profile. */
    public record MentorProfileCommand(Integer capacity, String availability, List<String> languages, String timeZone,
            String location, Boolean crossTeamWelcome, String topics, List<String> strengths, Long version) {
    }

    public record PreferenceView(long personId, List<String> languages, String timeZone, String topics, boolean saved) {
    }

    public record PreferenceCommand(List<String> languages, String timeZone, String topics) {
    }

    public enum ProposalStatus {
        DRAFT, PUBLISHED, SUPERSEDED
    }

    /** A junior of the proposal with the mentor proposed (none when nobody had room) and why. */
    public record Pair(long menteeId, String menteeName, Long mentorId, String mentorName, Integer score,
            List<String> reasons) {
    }

    public record MentorRoom(long mentorId, String name, int capacity, int currentMentees, int proposed) {
    }

    public record ProposalView(long id, ProposalStatus status, Instant createdAt, String createdByName,
            Instant publishedAt, int juniorsConsidered, int mentorsConsidered, int matched, long totalScore,
            long greedyScore, MatchWeights weights, List<Pair> pairs, List<MentorRoom> mentors, long version) {
    }
}
