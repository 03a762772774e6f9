package dev.clvops.deploy.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>}; a wrong or revoked token is a 401 at once. The authentication
 * goes into the same {@link SecurityContextHolderStrategy} the chain's authorisation reads: the static holder's
 * strategy is replaced by every application context that starts (Vaadin installs its own), so with two contexts
 * in one JVM it may not be this context's.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ApiTokens tokens;
    private final ProblemResponses problems;
    private final SecurityContextHolderStrategy contexts;

    BearerTokenFilter(ApiTokens tokens, ProblemResponses problems, SecurityContextHolderStrategy contexts) {
        this.tokens = tokens;
        this.problems = problems;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokens.Holder> holder = tokens.authenticate(header.substring(PREFIX.length()).trim());
        if (holder.isEmpty()) {
            problems.commence(request, response, new BadCredentialsException("unknown or revoked API token"));
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(holder.get().username(), null,
                List.of(new SimpleGrantedAuthority(holder.get().role().authority())));
        contexts.setContext(new SecurityContextImpl(authentication));
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
