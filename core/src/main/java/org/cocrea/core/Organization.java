package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.List;
import org.immutables.value.Value;

/**
 * An organisation taking part in the exercise: a government authority, a civil-society organisation, the guarantor body, INAI, an international partner.
 *
 * <p>Spanish term: <i>Organización / institución</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * Organization.builder().id("org-idaip").name("Instituto Duranguense de Acceso a la Información Pública").acronym("IDAIP").sector(Sector.GUARANTOR_BODY).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Organization extends Recorded, RecordedParts {

  /**
   * Identifier, unique among the exercise's organisations.
   *
   * @return never null
   */
  @NotBlank @Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String id();

  /**
   * Official name.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> name();

  /**
   * Acronym, for example {@code IDAIP}.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> acronym();

  /**
   * The sector it belongs to, as recorded (business chambers often sat as civil society) [S:APT].
   *
   * @return the value, or empty when not recorded
   */
  Optional<Sector> sector();

  /**
   * For civil-society organisations, their nature [S:SRC].
   *
   * @return the value, or empty when not recorded
   */
  Optional<CsoType> csoType();

  /**
   * For government organisations, their branch.
   *
   * @return the value, or empty when not recorded
   */
  Optional<GovernmentBranch> branch();

  /**
   * For government organisations, their order of government.
   *
   * @return the value, or empty when not recorded
   */
  Optional<OrderOfGovernment> order();

  /**
   * Whether it is an obligated subject of transparency law (LGTAIP art. 23) [S:SRC].
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> obligatedSubject();

  /**
   * Legal form, for example {@code A.C.}.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> legalForm();

  /**
   * Region it represents (Coahuila's regional links) [S:APT].
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> region();

  /**
   * Whether it receives government funding or contracts (SIM-02) [P].
   *
   * @return the value, or empty when not recorded
   */
  Optional<Boolean> fundingFromGovernment();

  /**
   * Its website.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> websiteUrl();

  /**
   * When it was founded. (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<PartialDate> foundedOn();

  /**
   * When it was extinguished (for example a guarantor after the 2025 reform). (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<PartialDate> extinguishedOn();

  /**
   * Names it had before the current one, with dates. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid OrganizationName> formerNames();

  /**
   * Organisations it succeeds. Refers to Organization.id. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  @Ref(Organization.class)
  List<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> predecessorIds();

  /**
   * Names, as text, of those without a record with an id; those with one go in predecessorIds. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> predecessorNames();

  /**
   * Organisations that succeed it. Refers to Organization.id. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  @Ref(Organization.class)
  List<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> successorIds();

  /**
   * Names, as text, of those without a record with an id; those with one go in successorIds. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> successorNames();

  /**
   * For a guarantor body, its legal nature (the guarantor role does not imply autonomy). (format 1.1)
   *
   * @return the value, or empty when not recorded
   */
  Optional<GuarantorLegalNature> legalNature();

  /**
   * Identifiers assigned outside Cocrea. (format 1.1)
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid ExternalId> externalIds();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Organization} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }
}
