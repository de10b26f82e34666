namespace ChildProtection.Registry.Directors;

/// <summary>Who a child director is and where they serve, as validated at the edge.</summary>
/// <param name="VillageCode">The 12-digit code of the registered village or community the director serves.</param>
/// <param name="Phone">In events and the roster: encrypted by <see cref="Privacy.StaffPhones"/> (older events hold it clear).</param>
/// <param name="RealNameRegistered">Whether the director is registered under their real name (实名登记), as the local plans require.</param>
public sealed record DirectorDetails(string Name, string Phone, string VillageCode, bool RealNameRegistered, DateOnly AppointedOn);
