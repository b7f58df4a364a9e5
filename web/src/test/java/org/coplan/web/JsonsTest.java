package org.coplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class JsonsTest {

    @Test
    void jsonForAScriptCannotEndTheScriptAndReadsBackAsTheSameText() {
        String typed = "</script><img src=x onerror=alert(1)> & <!-- \u2028 \\<";
        String json = Jsons.forScript(Jsons.JSON.createObjectBuilder().add("label", typed).build());
        assertThat(json).doesNotContain("<", ">", "&", "\u2028");
        JsonObject back = Jsons.JSON.createReader(new StringReader(json)).readObject();
        assertThat(back.getString("label")).isEqualTo(typed);
    }
}
