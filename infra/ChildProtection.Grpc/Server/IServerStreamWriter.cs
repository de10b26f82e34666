namespace ChildProtection.Grpc;

/// <summary>Writes the messages of a server-streaming response.</summary>
public interface IServerStreamWriter<in T>
{
    Task WriteAsync(T message);
}
