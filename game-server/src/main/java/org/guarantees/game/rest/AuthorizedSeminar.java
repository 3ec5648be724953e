package org.guarantees.game.rest;

import jakarta.enterprise.context.RequestScoped;
import org.guarantees.game.entity.Seminar;

/** The seminar whose instructor credential {@link InstructorAuthFilter} accepted for the current request. */
@RequestScoped
public class AuthorizedSeminar {
    private Seminar seminar;

    void set(Seminar seminar) {
        this.seminar = seminar;
    }

    public Seminar get() {
        if (seminar == null) {
            throw ApiProblem.unauthorized();
        }
        return seminar;
    }
}
