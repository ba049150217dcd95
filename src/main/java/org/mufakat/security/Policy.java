package org.mufakat.security;

/**
 * A feature's rules for its own actions: who may do each of them to which object. A feature adds its actions by
 * adding an enum and a policy bean; {@link Permissions} finds the bean and asks it, and never changes itself. Policies
 * decide from the actor's grants and the target's scope alone, so they are tested as plain tables.
 */
public interface Policy {

    /** The enum of the actions this policy decides. Every action is decided by exactly one policy. */
    Class<? extends Action> actions();

    /** Whether this signed-in actor may do the action to the target; never called for an anonymous visitor. */
    boolean allows(Actor actor, Action action, Scoped target);
}
