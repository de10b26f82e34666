namespace ChildProtection.Web.Api;

/// <summary>What a call to the gateway gave: the value with its <c>ETag</c>, or the problem.</summary>
public sealed record ApiResult<T>(T? Value, string? ETag, ApiProblem? Problem, int Status)
{
    public bool Ok => Problem is null;

    public static ApiResult<T> Success(T? value, string? etag, int status) => new(value, etag, null, status);

    public static ApiResult<T> Failure(ApiProblem problem) => new(default, null, problem, problem.Status);
}
