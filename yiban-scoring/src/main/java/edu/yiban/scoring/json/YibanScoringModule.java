package edu.yiban.scoring.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import edu.yiban.org.json.YibanOrgModule;
import org.apiguardian.api.API;

/**
 * The Jackson module of the scoring types; {@link #newMapper()} is the canonical mapper with the core,
 * organisation and scoring modules. The scoring types need no serializer of the module: they are records, enums
 * and sealed interfaces, and a round's code and period are strings by their own {@code @JsonValue} and
 * {@code @JsonCreator}; the module gives a mapper the scoring types' name and version.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class YibanScoringModule extends SimpleModule {
    /** The module's name. */
    public static final String NAME = "yiban-scoring";

    public YibanScoringModule() {
        super(NAME, new Version(0, 1, 0, "SNAPSHOT", "edu.yiban", "yiban-scoring"));
    }

    /** A canonical mapper with the core, organisation and scoring modules. */
    public static ObjectMapper newMapper() {
        return YibanOrgModule.newMapper().registerModule(new YibanScoringModule());
    }
}
