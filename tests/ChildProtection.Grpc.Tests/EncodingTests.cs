namespace ChildProtection.Grpc.Tests;

public class EncodingTests
{
    [Theory]
    [InlineData("100m", 100)]
    [InlineData("2S", 2000)]
    [InlineData("1M", 60_000)]
    [InlineData("1H", 3_600_000)]
    [InlineData("5000u", 5)]
    [InlineData("3000000n", 3)]
    public void Grpc_timeout_units_parse(string header, double millis)
    {
        Assert.True(GrpcTimeout.TryParse(header, out var t));
        Assert.Equal(millis, t.TotalMilliseconds, 3);
    }

    [Theory]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("10x")]
    [InlineData("123456789S")]
    [InlineData("-1S")]
    public void Malformed_grpc_timeouts_are_refused(string header) => Assert.False(GrpcTimeout.TryParse(header, out _));

    [Fact]
    public void Formatted_timeouts_fit_eight_digits_and_round_trip()
    {
        foreach (var t in new[] { TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(30), TimeSpan.FromDays(3) })
        {
            var header = GrpcTimeout.Format(t);
            Assert.True(header.Length <= 9);
            Assert.True(GrpcTimeout.TryParse(header, out var back));
            Assert.True(back >= t);
        }
    }

    [Fact]
    public void Grpc_message_is_percent_encoded_outside_printable_ascii()
    {
        Assert.Equal("a%25b %E4%BD%A0%0A", GrpcMessageEncoding.Encode("a%b 你\n"));
        Assert.Equal("a%b 你\n", GrpcMessageEncoding.Decode("a%25b %E4%BD%A0%0A"));
    }
}
