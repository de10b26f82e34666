using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ChildProtection.Web.Account;

/// <summary>
/// The signed-in users' platform tokens, kept in this process's memory and never sent to the browser: the
/// authentication cookie carries only the session id (<see cref="ConsoleUser.SessionClaim"/>). A restart forgets
/// every session, and the users sign in again; several replicas need sticky sessions anyway (Blazor Server circuits).
/// </summary>
public sealed class SessionTokenStore(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, SessionToken> _tokens = new(StringComparer.Ordinal);

    /// <summary>Keeps <paramref name="token"/> until <paramref name="expiresAt"/>; returns the new session id.</summary>
    public string Add(string token, DateTimeOffset expiresAt)
    {
        RemoveExpired();
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        _tokens[id] = new SessionToken(token, expiresAt);
        return id;
    }

    /// <summary>The session's token while it is valid, else null.</summary>
    public string? Find(string? sessionId)
    {
        if (sessionId is null || !_tokens.TryGetValue(sessionId, out var session)) return null;
        if (session.ExpiresAt > time.GetUtcNow()) return session.Token;
        _tokens.TryRemove(sessionId, out _);
        return null;
    }

    public void Remove(string? sessionId)
    {
        if (sessionId is not null) _tokens.TryRemove(sessionId, out _);
    }

    private void RemoveExpired()
    {
        var now = time.GetUtcNow();
        foreach (var (id, session) in _tokens)
        {
            if (session.ExpiresAt <= now) _tokens.TryRemove(id, out _);
        }
    }

    private sealed record SessionToken(string Token, DateTimeOffset ExpiresAt);
}

/// <summary>
/// One-time tickets that carry a development sign-in from the interactive sign-in page (which has no HTTP response
/// to set a cookie on) to <c>/account/complete</c>, which signs in. Each is used once and lives a minute.
/// </summary>
public sealed class SignInTickets(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (PendingSignIn SignIn, DateTimeOffset Until)> _tickets = new(StringComparer.Ordinal);

    public string Create(PendingSignIn signIn)
    {
        var now = time.GetUtcNow();
        foreach (var (key, entry) in _tickets)
        {
            if (entry.Until <= now) _tickets.TryRemove(key, out _);
        }
        var ticket = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        _tickets[ticket] = (signIn, now.AddMinutes(1));
        return ticket;
    }

    public PendingSignIn? Take(string? ticket) =>
        ticket is not null && _tickets.TryRemove(ticket, out var entry) && entry.Until > time.GetUtcNow() ? entry.SignIn : null;
}

/// <summary>A signed-in caller and the token the gateway issued for them.</summary>
public sealed record PendingSignIn(ConsoleUser User, string Token, DateTimeOffset ExpiresAt);
