package com.pmocareer.competency;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Opens a 360 round for a person: what is rated, by whom, until when. The person is always asked for a self-rating. */
public record RoundCommand(@NotBlank @Size(max = 200) String title, @NotNull LocalDate dueOn,
        @NotEmpty @Size(max = 60) List<String> competencyCodes, @NotEmpty @Size(max = 30) List<@Valid Invite> raters) {

    public record Invite(@NotNull Long personId, @NotNull RaterRole relation) {
    }
}
