package org.cocrea.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelTypes;
import org.cocrea.testkit.FormatVersions;
import org.junit.jupiter.api.Test;

/** The test kit's list of what format 1.1 added agrees with the two shipped schemas. */
class FormatVersionsAgreementTest {

  @Test
  void anAttributeIsAnAdditionExactlyWhenThe10SchemaDoesNotHaveIt() {
    Map<String, Set<String>> v10 = SchemaAccess.propertyNames(CocreaJson.SCHEMA_VERSION);
    List<String> disagreements = new ArrayList<>();
    int additions = 0;
    for (Class<?> type : CocreaModule.modelTypes()) {
      Set<String> known = v10.get(SchemaAccess.definitionName(type));
      if ((known == null) != FormatVersions.isAddition(type)) {
        disagreements.add(type.getSimpleName());
      }
      for (Attribute a : ModelTypes.attributes(type)) {
        boolean in10 = known != null && known.contains(a.name());
        boolean added = FormatVersions.isAddition(type, a.name());
        additions += added ? 1 : 0;
        if (in10 == added) {
          disagreements.add(type.getSimpleName() + "." + a.name());
        }
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(additions).isGreaterThan(150);
  }
}
