namespace ChildProtection.ServiceDefaults.EventSourcing.Inbox;

/// <summary>
/// A message a consumer has handled (Marten document <c>mt_doc_inboxmark</c>): saved in the same session as the
/// consumer's effect, so the effect and the mark commit together and a redelivery finds the mark.
/// </summary>
/// <param name="Id"><c>{consumer}/{message id}</c>.</param>
public sealed record InboxMark(string Id, DateTimeOffset HandledAt)
{
    public static string KeyOf(string consumer, Guid messageId) => $"{consumer}/{messageId:N}";
}
