using ChildProtection.Contracts.Police;

namespace ChildProtection.Police.Tests;

/// <summary>The child's file says what the police did, not where: the addressed unit's name stays out of it, as in Court and Procuratorate.</summary>
public class RecommendationFileSummaryTests
{
    [Fact]
    public void A_recommendation_and_its_overdue_reply_reach_the_file_without_the_units_name()
    {
        var due = new DateTimeOffset(2026, 12, 28, 15, 59, 59, TimeSpan.Zero);
        var issued = new RecommendationIssued(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "120116100201", "滨海某宾馆",
            ["admitted-minor-unlawfully"], DateTimeOffset.UtcNow, due, "officer-1");
        var overdue = new RecommendationReplyOverdue(Guid.NewGuid(), Guid.NewGuid(), "120116100201", "滨海某宾馆", due, DateTimeOffset.UtcNow);

        Assert.DoesNotContain("宾馆", issued.FileSummary, StringComparison.Ordinal);
        Assert.Contains("admitted-minor-unlawfully", issued.FileSummary, StringComparison.Ordinal);
        Assert.DoesNotContain("宾馆", overdue.FileSummary, StringComparison.Ordinal);
    }
}
