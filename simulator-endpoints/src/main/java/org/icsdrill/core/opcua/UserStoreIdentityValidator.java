package org.icsdrill.core.opcua;

import java.util.Optional;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.identity.AbstractUsernameIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.CompositeValidator;
import org.eclipse.milo.opcua.sdk.server.identity.DefaultUsernameIdentity;
import org.eclipse.milo.opcua.sdk.server.identity.Identity;
import org.eclipse.milo.opcua.sdk.server.identity.IdentityValidator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks UserName identity tokens (IEC 62541-4, 7.41.4) against the {@link UserStore} and attaches
 * the user's {@link Role} to the session's identity, where the address space reads it back to
 * decide UserAccessLevel and writes.
 */
final class UserStoreIdentityValidator extends AbstractUsernameIdentityValidator {

    private static final Logger LOG = LoggerFactory.getLogger(UserStoreIdentityValidator.class);

    private final UserStore users;
    private final AuditLog audit;

    private UserStoreIdentityValidator(UserStore users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    /** Anonymous sessions (read only) and user-name sessions from the store; failed logins are audited. */
    static IdentityValidator anonymousOrUsers(UserStore users, AuditLog audit) {
        return new CompositeValidator(AnonymousIdentityValidator.INSTANCE,
                new UserStoreIdentityValidator(users, audit));
    }

    /** The role of the session's user; empty for anonymous sessions and internal reads. */
    static Optional<Role> roleOf(@Nullable Session session) {
        if (session == null || session.getIdentity() == null) {
            return Optional.empty();
        }
        return session.getIdentity().getUserData() instanceof Role role ? Optional.of(role) : Optional.empty();
    }

    /** A name for the journal and for write sources: the user name, or "anonymous". */
    static String userOf(@Nullable Session session) {
        if (session != null && session.getIdentity() instanceof Identity.UsernameIdentity user) {
            return user.getUsername();
        }
        return "anonymous";
    }

    @Override
    protected Identity.@Nullable UsernameIdentity authenticateUsernamePassword(Session session, String username,
                                                                              String password) {
        Optional<Role> role = users.authenticate(username, password);
        if (role.isEmpty()) {
            LOG.warn("OPC UA login failed for user '{}' from {}", username, session.getClientAddress());
            audit.loginFailed(username, session.getClientAddress() == null ? "?"
                    : session.getClientAddress().getHostAddress());
            return null;
        }
        var identity = new DefaultUsernameIdentity(username);
        identity.setUserData(role.get());
        return identity;
    }
}
