using ChildProtection.Web.Account;
using Microsoft.AspNetCore.Components.Authorization;

namespace ChildProtection.Web.Api;

/// <summary>The signed-in user's platform token, for the calls made on their behalf.</summary>
public interface ITokenSource
{
    Task<string?> TokenAsync();
}

/// <summary>In a circuit: the session named by the user's cookie, looked up in the server-side store.</summary>
public sealed class SessionTokenSource(AuthenticationStateProvider authentication, SessionTokenStore store) : ITokenSource
{
    public async Task<string?> TokenAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return store.Find(state.User.FindFirst(ConsoleUser.SessionClaim)?.Value);
    }
}
