using System.Security.Cryptography;
using ChildProtection.ServiceDefaults.Privacy;
using Microsoft.Extensions.Options;

namespace ChildProtection.ServiceDefaults.Tests.Privacy;

/// <summary>The key ring: values name their key, rotation keeps old values readable, a missing key fails by name.</summary>
public class FieldProtectorTests
{
    private static readonly string K1 = Key("k1");
    private static readonly string K2 = Key("k2");
    private static readonly string IndexKey = Key("index");

    private static string Key(string seed) => Convert.ToBase64String(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("field-protector-test-" + seed)));

    private static FieldProtector Ring(string? current, params (string Id, string Key)[] keys) => new(Options.Create(new FieldProtectionOptions
    {
        Keys = keys.ToDictionary(k => k.Id, k => k.Key),
        CurrentKeyId = current,
        BlindIndexKey = IndexKey,
    }));

    [Fact]
    public void A_value_names_its_key_and_round_trips_without_the_clear_text()
    {
        var stored = Ring("k1", ("k1", K1)).Protect("phone", "13812345678");
        Assert.StartsWith("v1:k1:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", stored, StringComparison.Ordinal);
        Assert.Equal("13812345678", Ring("k1", ("k1", K1)).Reveal("phone", stored));
    }

    [Fact]
    public void After_rotating_to_k2_old_values_stay_readable_and_new_writes_use_k2()
    {
        var underK1 = Ring("k1", ("k1", K1)).Protect("phone", "13812345678");

        // Rotation: add k2 to the ring and make it current; k1 stays in the ring for the values it wrote.
        var rotated = Ring("k2", ("k1", K1), ("k2", K2));
        var underK2 = rotated.Protect("phone", "13987654321");

        Assert.StartsWith("v1:k2:", underK2, StringComparison.Ordinal);
        Assert.Equal("k2", rotated.CurrentKeyId);
        Assert.Equal("13812345678", rotated.Reveal("phone", underK1));
        Assert.Equal("13987654321", rotated.Reveal("phone", underK2));
    }

    [Fact]
    public void A_value_under_a_key_the_ring_lacks_fails_naming_the_key_id_not_the_value()
    {
        var underK2 = Ring("k2", ("k2", K2)).Protect("phone", "13812345678");
        var error = Assert.Throws<FieldKeyMissingException>(() => Ring("k1", ("k1", K1)).Reveal("phone", underK2));
        Assert.Equal("k2", error.KeyId);
        Assert.Contains("'k2'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Privacy:Keys:k2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_cannot_be_read_as_another_field_or_relabelled_with_another_key_id()
    {
        var ring = Ring("k1", ("k1", K1), ("k2", K2));
        var stored = ring.Protect("phone", "13812345678");
        Assert.ThrowsAny<CryptographicException>(() => ring.Reveal("national-id", stored));
        Assert.ThrowsAny<CryptographicException>(() => ring.Reveal("phone", "v1:k2:" + stored["v1:k1:".Length..]));
    }

    [Fact]
    public void The_single_key_settings_make_a_ring_of_one()
    {
        var legacy = new FieldProtector(Options.Create(new FieldProtectionOptions { EncryptionKey = K1, BlindIndexKey = IndexKey }));
        var stored = legacy.Protect("phone", "13812345678");
        Assert.StartsWith("v1:k1:", stored, StringComparison.Ordinal);
        Assert.Equal("13812345678", Ring("k1", ("k1", K1)).Reveal("phone", stored));
    }

    [Theory]
    [InlineData(null, "Privacy:CurrentKeyId is required")]
    [InlineData("k3", "names 'k3'")]
    public void A_ring_without_a_usable_current_key_stops_the_service(string? current, string message)
    {
        var result = new FieldProtectionOptionsValidator().Validate(null, new FieldProtectionOptions
        {
            Keys = new() { ["k1"] = K1, ["k2"] = K2 },
            CurrentKeyId = current,
            BlindIndexKey = IndexKey,
        });
        Assert.True(result.Failed);
        Assert.Contains(message, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_keys_and_a_blind_index_key_equal_to_an_encryption_key_are_refused()
    {
        var result = new FieldProtectionOptionsValidator().Validate(null, new FieldProtectionOptions
        {
            Keys = new() { ["k1"] = "c2hvcnQ=", ["k2"] = K2 },
            CurrentKeyId = "k2",
            BlindIndexKey = K2,
        });
        Assert.Contains("Privacy:Keys:k1 must be the base64 of exactly 32", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("must differ", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(K2, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("022-12345678", "022-****5678")]
    public void Phones_are_masked_in_the_middle(string phone, string masked) => Assert.Equal(masked, FieldMasks.Phone(phone));

    [Theory]
    [InlineData("王老师", "王**")]
    [InlineData("李明", "李*")]
    [InlineData("王", "王*")]
    [InlineData(" 欧阳娜娜 ", "欧***")]
    [InlineData("阿卜杜热合曼·买买提明", "阿******")]
    [InlineData("𠮷野家", "𠮷**")]
    [InlineData("", "")]
    public void Names_keep_their_first_character_only(string name, string masked) => Assert.Equal(masked, FieldMasks.Name(name));
}
