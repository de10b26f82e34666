using System.Diagnostics;
using ChildProtection.Grpc.Tests.V1;
using Microsoft.AspNetCore.Http;

namespace ChildProtection.Grpc.Tests;

public class PropagationTests(EchoServer server) : IClassFixture<EchoServer>
{
    [Fact]
    public async Task The_callers_trace_context_travels_with_the_call()
    {
        using var activity = new Activity("caller").SetIdFormat(ActivityIdFormat.W3C).Start();
        await server.Channel().UnaryAsync<EchoRequest, EchoReply>("/test.v1.Echo/Say", new EchoRequest { Text = "t" });
        Assert.Contains(activity.TraceId.ToHexString(), server.LastTraceParent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_incoming_requests_bearer_token_is_forwarded_on_outgoing_calls()
    {
        var incoming = new DefaultHttpContext();
        incoming.Request.Headers.Authorization = "Bearer caller-token";
        var handler = new ForwardBearerTokenHandler(new HttpContextAccessor { HttpContext = incoming }) { InnerHandler = new SocketsHttpHandler() };
        var channel = new GrpcChannel(new HttpClient(handler) { BaseAddress = server.Address });

        await channel.UnaryAsync<EchoRequest, EchoReply>("/test.v1.Echo/Say", new EchoRequest { Text = "t" });

        Assert.Equal("Bearer caller-token", server.LastAuthorization);
    }
}
