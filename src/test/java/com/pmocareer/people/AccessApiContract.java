package com.pmocareer.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.ApiClient;
import com.pmocareer.support.RunningApplication;
import com.pmocareer.support.ApiClient.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Tokens, the caller's identity, and account administration through the API; on H2 and PostgreSQL. */
abstract class AccessApiContract extends RunningApplication {


    @Test
    void aMintedTokenSignsInAndOnlyItsHashIsStored() {
        Response minted = api.mint("mentor@pmo.example", "demo", "{\"name\":\"report script\",\"expiresInDays\":30}");

        assertThat(minted.status()).isEqualTo(201);
        String token = minted.json().get("token").asString();
        assertThat(minted.json().get("expiresAt").asString()).isNotBlank();
        JsonNode me = api.withToken("GET", "/api/v1/me", token).json();
        assertThat(me.get("email").asString()).isEqualTo("mentor@pmo.example");
        assertThat(me.get("name").asString()).isEqualTo("Sofia Lindqvist");
        assertThat(me.get("roles").toString()).contains("MENTOR");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :t").param("t", token)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :h").param("h", ApiTokens.hash(token))
                .query(Long.class).single()).isOne();
    }

    @Test
    void theTokenListNeverShowsTheSecret() {
        Response minted = api.mint("mentor2@pmo.example", "demo", "{\"name\":\"listed\"}");
        String token = minted.json().get("token").asString();

        Response list = api.withToken("GET", "/api/v1/auth/tokens", token);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().findValuesAsString("name")).contains("listed");
        assertThat(list.body()).doesNotContain(token);
    }

    @Test
    void aRevokedTokenNoLongerSignsIn() {
        Response minted = api.mint("mentor3@pmo.example", "demo", "{}");
        String token = minted.json().get("token").asString();
        long id = minted.json().get("id").asLong();

        assertThat(api.withToken("DELETE", "/api/v1/auth/tokens/" + id, token).status()).isEqualTo(204);

        Response after = api.withToken("GET", "/api/v1/me", token);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anExpiredTokenNoLongerSignsIn() {
        Response minted = api.mint("mentor4@pmo.example", "demo", "{}");
        String token = minted.json().get("token").asString();
        jdbc.sql("UPDATE api_token SET expires_at = created_at WHERE token_hash = :h").param("h", ApiTokens.hash(token))
                .update();

        assertThat(api.withToken("GET", "/api/v1/me", token).status()).isEqualTo(401);
    }

    @Test
    void nobodyRevokesAnotherPersonsToken() {
        long id = api.mint("junior3@pmo.example", "demo", "{}").json().get("id").asLong();

        assertThat(api.delete("/api/v1/auth/tokens/" + id, "admin@pmo.example").status()).isEqualTo(404);
    }

    @Test
    void aWrongPasswordOrNoCredentialsMintNothing() {
        assertThat(api.mint("junior4@pmo.example", "wrong", "{}").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", null).status()).isEqualTo(401);
        assertThat(api.withToken("GET", "/api/v1/me", "pmo_made-up").status()).isEqualTo(401);
    }

    @Test
    void aTokenLifetimeOutsideOneToThreeHundredSixtyFiveDaysIsRefused() {
        Response response = api.mint("junior5@pmo.example", "demo", "{\"expiresInDays\":400}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).contains("expiresInDays");
    }

    @Test
    void anAdminGivesAnAccountRolesAndAStaleEditIsRefused() {
        String email = "acct-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        long id = newPerson(email, "Account Holder");

        Response created = api.put("/api/v1/people/" + id + "/account", "admin@pmo.example",
                "{\"roles\":[\"JUNIOR_PM\",\"MENTOR\"],\"enabled\":true,\"newPassword\":\"long-enough-secret\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.json().get("roles").toString()).contains("JUNIOR_PM", "MENTOR");
        assertThat(api.mint(email, "long-enough-secret", "{}").status()).isEqualTo(201);

        Response stale = api.put("/api/v1/people/" + id + "/account", "admin@pmo.example",
                "{\"roles\":[\"ADMIN\"],\"enabled\":true,\"version\":7}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/people/" + id + "/account", "admin@pmo.example").json().get("roles").toString())
                .doesNotContain("ADMIN");

        Response tooShort = api.put("/api/v1/people/" + id + "/account", "admin@pmo.example",
                "{\"roles\":[],\"enabled\":true,\"newPassword\":\"short\",\"version\":0}");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("errors").findValuesAsString("field")).contains("newPassword");
    }

    @Test
    void aUserChangesTheirOwnPasswordOnlyKnowingTheCurrentOne() {
        String email = newJuniorWithPassword("first-password-1");
        long id = personId(email);
        String token = api.mint(email, "first-password-1", "{}").json().get("token").asString();

        var wrong = api.withTokenAndBody("PUT", "/api/v1/me/password", token,
                "{\"currentPassword\":\"guess-guess-1\",\"newPassword\":\"second-password-2\"}");
        var tooShort = api.withTokenAndBody("PUT", "/api/v1/me/password", token,
                "{\"currentPassword\":\"first-password-1\",\"newPassword\":\"short\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").findValuesAsString("field")).containsExactly("currentPassword");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("errors").findValuesAsString("field")).containsExactly("newPassword");
        assertThat(api.mint(email, "first-password-1", "{}").status()).isEqualTo(201);

        var changed = api.withTokenAndBody("PUT", "/api/v1/me/password", token,
                "{\"currentPassword\":\"first-password-1\",\"newPassword\":\"second-password-2\"}");

        assertThat(changed.status()).isEqualTo(204);
        assertThat(api.mint(email, "first-password-1", "{}").status()).isEqualTo(401);
        assertThat(api.mint(email, "second-password-2", "{}").status()).isEqualTo(201);
        assertThat(api.get("/api/v1/audit?entityType=Account&entityId=" + id, "admin@pmo.example").body())
                .contains("PASSWORD_CHANGED").doesNotContain("second-password-2");
    }
}
