package org.mufakat.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Wrong passwords in a row from one client address ({@code address:...}) or for one username from one client address
 * ({@code account:USERNAME@ADDRESS}). Only {@link SignInThrottle} reads and writes it.
 */
@Entity
@Table(name = "signin_throttle")
public class ThrottleEntry {

    @Id
    @Column(name = "throttle_key")
    public String key;

    @Column(nullable = false)
    public int failures;

    @Column(name = "last_failure_at", nullable = false)
    public Instant lastFailureAt;

    /** No password is checked for this key before this time: a delay after a failure, or an attempt in progress. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
}
