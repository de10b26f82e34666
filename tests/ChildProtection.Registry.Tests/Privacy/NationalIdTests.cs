using System.Security.Cryptography;
using System.Text;
using ChildProtection.Registry.Privacy;
using ChildProtection.ServiceDefaults.Privacy;
using ChildProtection.Testing;
using Microsoft.Extensions.Options;

namespace ChildProtection.Registry.Tests.Privacy;

/// <summary>GB 11643 numbers: the check character, the embedded birth date and gender, masking, encryption and the blind index.</summary>
public class NationalIdTests
{
    private static NationalIdProtector Protector(string? encryptionKey = null) => new(new FieldProtector(Options.Create(new FieldProtectionOptions
    {
        EncryptionKey = encryptionKey ?? TestPrivacyKeys.EncryptionKey,
        BlindIndexKey = TestPrivacyKeys.BlindIndexKey,
    })));

    [Theory]
    [InlineData("11010519491231002X")] // the standard's own example
    [InlineData("21052120150601002X")]
    [InlineData("210521201506010011")]
    public void Valid_numbers_pass_the_check_digit(string number) => Assert.Null(NationalIdNumber.Validate(number));

    [Theory]
    [InlineData("110105194912310021", "check digit")]
    [InlineData("21052120150601002", "18 characters")]
    [InlineData("21052120151301002X", "birth date")]
    [InlineData("2105212015060100AX", "digits")]
    public void Invalid_numbers_are_refused_with_the_reason(string number, string reason) =>
        Assert.Contains(reason, NationalIdNumber.Validate(number), StringComparison.Ordinal);

    [Fact]
    public void A_lower_case_x_is_normalised() => Assert.Equal("11010519491231002X", NationalIdNumber.Normalize("110105 19491231002x"));

    [Fact]
    public void Birth_date_and_gender_are_read_from_the_number()
    {
        Assert.Equal(new DateOnly(2015, 6, 1), NationalIdNumber.BirthDate("21052120150601002X"));
        Assert.False(NationalIdNumber.IsMale("21052120150601002X"));
        Assert.True(NationalIdNumber.IsMale("210521201506010011"));
    }

    [Fact]
    public void The_mask_hides_the_birth_date_and_sequence() => Assert.Equal("2105**********002X", NationalIdNumber.Mask("21052120150601002X"));

    [Fact]
    public void Encryption_round_trips_and_never_contains_the_number()
    {
        var protector = Protector();
        var protectedId = protector.Protect("21052120150601002X");
        Assert.DoesNotContain("20150601", protectedId.Ciphertext, StringComparison.Ordinal);
        Assert.StartsWith("v1:k1:", protectedId.Ciphertext, StringComparison.Ordinal);
        Assert.Equal("21052120150601002X", protector.Reveal(protectedId));
        Assert.NotEqual(protectedId.Ciphertext, protector.Protect("21052120150601002X").Ciphertext); // a fresh nonce each time
    }

    [Fact]
    public void The_blind_index_is_stable_per_number_and_differs_between_numbers()
    {
        var protector = Protector();
        Assert.Equal(protector.BlindIndex("21052120150601002X"), protector.Protect("21052120150601002X").BlindIndex);
        Assert.NotEqual(protector.BlindIndex("21052120150601002X"), protector.BlindIndex("210521201506010011"));
        Assert.Equal(64, protector.BlindIndex("21052120150601002X").Length);
    }

    [Fact]
    public void A_ciphertext_under_another_key_cannot_be_read()
    {
        var other = Protector(Convert.ToBase64String(new byte[32]));
        var protectedId = Protector().Protect("21052120150601002X");
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => other.Reveal(protectedId));
    }

    [Theory]
    [InlineData("", "EncryptionKey")]
    [InlineData("c2hvcnQ=", "EncryptionKey")]
    public void Missing_or_short_keys_stop_the_service_at_start(string key, string named)
    {
        var result = new FieldProtectionOptionsValidator().Validate(null, new FieldProtectionOptions { EncryptionKey = key, BlindIndexKey = TestPrivacyKeys.BlindIndexKey });
        Assert.True(result.Failed);
        Assert.Contains(named, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_in_the_format_before_the_key_ring_stay_readable()
    {
        // What events written before the ring hold: k1:nonce:cipher+tag with the key id as associated data.
        var key = Convert.FromBase64String(TestPrivacyKeys.EncryptionKey);
        var plain = Encoding.ASCII.GetBytes("21052120150601002X");
        var nonce = RandomNumberGenerator.GetBytes(12);
        var cipher = new byte[plain.Length];
        var tag = new byte[16];
        using (var aes = new AesGcm(key, 16)) aes.Encrypt(nonce, plain, cipher, tag, "k1"u8);
        var legacy = new ProtectedNationalId($"k1:{Convert.ToBase64String(nonce)}:{Convert.ToBase64String([.. cipher, .. tag])}", "", "");

        Assert.Equal("21052120150601002X", Protector().Reveal(legacy));
    }
}
