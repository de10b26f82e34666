using ChildProtection.Web.Account;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ChildProtection.Web.Components.Shared;

/// <summary>A page that needs to know who is signed in (department, role, region).</summary>
public abstract class ConsolePage : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The signed-in user, once <see cref="UserAsync"/> ran.</summary>
    protected ConsoleUser? CurrentUser { get; private set; }

    protected async Task<ConsoleUser?> UserAsync()
    {
        if (CurrentUser is null && AuthenticationState is not null)
            CurrentUser = ConsoleUser.From((await AuthenticationState).User);
        return CurrentUser;
    }
}
