using ChildProtection.Web.Api;
using ChildProtection.Web.Forms;
using ChildProtection.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ChildProtection.Web.Components.Shared;

/// <summary>
/// A page about one record (a child, a report, a case, an order): read it with its ETag, and send each change with
/// that ETag in If-Match; the answer is the record after the change and its new ETag. A stale ETag (409) leaves the
/// form as typed and offers a reload of the record only.
/// </summary>
public abstract class RecordPage<T> : ConsolePage where T : class
{
    [Inject] protected GatewayApi Api { get; set; } = null!;
    [Inject] protected ProblemText ProblemText { get; set; } = null!;
    [Inject] protected ISnackbar Snackbar { get; set; } = null!;
    [Inject] protected IStringLocalizer<Texts> Text { get; set; } = null!;

    protected T? Record { get; set; }
    protected string? ETag { get; set; }
    protected ApiProblem? LoadProblem { get; set; }
    protected bool Loading { get; private set; }

    /// <summary>The record's address under the gateway, e.g. <c>/api/court/protection-orders/{id}</c>.</summary>
    protected abstract string RecordPath { get; }

    /// <summary>Headers of the read (e.g. a stated purpose).</summary>
    protected virtual IReadOnlyDictionary<string, string>? ReadHeaders => null;

    protected FormState NewForm() => new(ProblemText);

    protected virtual async Task LoadAsync()
    {
        Loading = true;
        var result = await Api.GetAsync<T>(RecordPath, ReadHeaders);
        Loading = false;
        LoadProblem = result.Problem;
        if (result.Ok)
        {
            Record = result.Value;
            ETag = result.ETag;
            await OnLoadedAsync();
        }
    }

    protected virtual Task OnLoadedAsync() => Task.CompletedTask;

    /// <summary>Sends a change of this record; on success the page shows the record it answered (or reads it again).</summary>
    protected async Task<bool> ChangeAsync(FormState form, HttpMethod method, string path, object? body, string? done = null)
    {
        var result = await form.RunAsync(() => Api.SendAsync<T>(method, path, body ?? new { }, ETag, null, default));
        if (!result.Ok) return false;
        if (result.Value is not null && result.ETag is not null)
        {
            Record = result.Value;
            ETag = result.ETag;
            await OnLoadedAsync();
        }
        else
        {
            await LoadAsync();
        }
        Snackbar.Add(done ?? Text["Common.Saved"], Severity.Success);
        return true;
    }

    protected Task<bool> PostAsync(FormState form, string path, object? body, string? done = null) => ChangeAsync(form, HttpMethod.Post, path, body, done);

    protected Task<bool> PutAsync(FormState form, string path, object? body, string? done = null) => ChangeAsync(form, HttpMethod.Put, path, body, done);

    /// <summary>After a 409 (someone else changed it): read the record again; what the user typed stays in the form.</summary>
    protected async Task ReloadAfterConflictAsync(FormState form)
    {
        await LoadAsync();
        form.Clear();
        Snackbar.Add(Text["Common.Reloaded"], Severity.Info);
    }
}
