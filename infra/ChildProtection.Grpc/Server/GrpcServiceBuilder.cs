using Google.Protobuf;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChildProtection.Grpc;

/// <summary>Binds handlers to the methods of one protobuf service descriptor, checked at start-up.</summary>
public sealed class GrpcServiceBuilder
{
    private readonly ServiceDescriptor _service;
    internal Dictionary<string, RequestDelegate> Methods { get; } = new(StringComparer.Ordinal);

    internal GrpcServiceBuilder(ServiceDescriptor service) => _service = service;

    /// <summary>A unary method: one request, one response.</summary>
    public GrpcServiceBuilder Unary<TRequest, TResponse>(string name, Func<TRequest, ServerCallContext, Task<TResponse>> handler)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : IMessage<TResponse>
    {
        var method = Method<TRequest, TResponse>(name, serverStreaming: false);
        Methods[name] = http => GrpcCallHandler.HandleAsync<TRequest, TResponse>(http, method.FullName,
            async (request, writer, call) => await writer.WriteAsync(await handler(request, call)));
        return this;
    }

    /// <summary>A server-streaming method: one request, any number of responses.</summary>
    public GrpcServiceBuilder ServerStreaming<TRequest, TResponse>(string name,
        Func<TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task> handler)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : IMessage<TResponse>
    {
        var method = Method<TRequest, TResponse>(name, serverStreaming: true);
        Methods[name] = http => GrpcCallHandler.HandleAsync(http, method.FullName, handler);
        return this;
    }

    private MethodDescriptor Method<TRequest, TResponse>(string name, bool serverStreaming)
    {
        var method = _service.FindMethodByName(name)
            ?? throw new InvalidOperationException($"{_service.FullName} has no method '{name}'.");
        if (method.InputType.ClrType != typeof(TRequest) || method.OutputType.ClrType != typeof(TResponse))
            throw new InvalidOperationException($"{method.FullName} takes {method.InputType.Name} and returns {method.OutputType.Name}.");
        if (method.IsClientStreaming || method.IsServerStreaming != serverStreaming)
            throw new InvalidOperationException($"{method.FullName} is not a {(serverStreaming ? "server-streaming" : "unary")} method.");
        return method;
    }
}

/// <summary>Maps gRPC services onto endpoint routing, so authentication and authorization apply as usual.</summary>
public static class GrpcEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps every bound method at <c>/{package.Service}/{Method}</c>; a method of the service that is not bound, or
    /// does not exist, answers UNIMPLEMENTED. Every method of the descriptor must be bound.
    /// </summary>
    public static IEndpointConventionBuilder MapGrpcService(this IEndpointRouteBuilder endpoints, ServiceDescriptor service,
        Action<GrpcServiceBuilder> bind)
    {
        var builder = new GrpcServiceBuilder(service);
        bind(builder);
        var missing = service.Methods.Select(m => m.Name).Except(builder.Methods.Keys).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"{service.FullName}: no handler for {string.Join(", ", missing)}.");

        var conventions = new List<IEndpointConventionBuilder>();
        foreach (var (name, handler) in builder.Methods)
            conventions.Add(endpoints.MapPost($"/{service.FullName}/{name}", handler).WithDisplayName($"gRPC {service.FullName}/{name}"));
        conventions.Add(endpoints.MapPost($"/{service.FullName}/{{method}}", http => GrpcCallHandler.Finish(http,
                new ServerCallContext(http, [], null, http.RequestAborted), new GrpcOptions(), StatusCode.Unimplemented,
                $"Method not found: {service.FullName}/{http.Request.RouteValues["method"]}"))
            .WithDisplayName($"gRPC {service.FullName} unimplemented"));
        return new CompositeConventionBuilder(conventions);
    }

    /// <summary>
    /// Limits the endpoints to the gRPC listener (<c>Kestrel:Endpoints:Grpc:Url</c>) when one is configured, so gRPC
    /// is served on its own HTTP/2 port next to the HTTP API.
    /// </summary>
    public static IEndpointConventionBuilder OnGrpcPort(this IEndpointConventionBuilder builder, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        var url = configuration["Kestrel:Endpoints:Grpc:Url"];
        if (url is null || !Uri.TryCreate(url.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri))
            return builder;
        return builder.RequireHost($"*:{uri.Port}");
    }

    private sealed class CompositeConventionBuilder(List<IEndpointConventionBuilder> builders) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention) => builders.ForEach(b => b.Add(convention));
        public void Finally(Action<EndpointBuilder> finallyConvention) => builders.ForEach(b => b.Finally(finallyConvention));
    }
}
