package org.lifelonglinks.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lifelonglinks.chart.ChartRenderer.Format;
import org.lifelonglinks.chart.ChartRenderer.View;
import org.w3c.dom.Element;

class ChartRendererTests {

    private static final ChartData SAMPLE = ChartService.fromNetwork(SampleNetwork.build(),
            SampleNetwork.DO_NOT_CONTACT);

    private static org.w3c.dom.Document parse(byte[] svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void everyPersonAppearsExactlyOnce(View view) throws Exception {
        var document = parse(ChartRenderer.render(SAMPLE, view, Format.SVG));
        var people = document.getElementById("people") == null ? document.getElementsByTagName("g")
                : document.getElementsByTagName("g");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < people.getLength(); i++) {
            String id = ((Element) people.item(i)).getAttribute("data-person-id");
            if (!id.isEmpty() && !id.equals("legend")) {
                ids.add(id);
            }
        }
        assertThat(ids).doesNotHaveDuplicates();
        if (view == View.ECOMAP) {
            assertThat(ids).hasSize(SAMPLE.members().size() + 1);
        } else {
            // The genogram holds everyone linked by kinship: here all but the five with no recorded family links.
            assertThat(ids).contains("you", "mum", "dad", "gran", "greatgran", "leah", "sam", "carl", "fc2");
        }
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void noLabelOverlapsAnother(View view) throws Exception {
        var texts = parse(ChartRenderer.render(SAMPLE, view, Format.SVG)).getElementsByTagName("text");
        List<double[]> boxes = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            var text = (Element) texts.item(i);
            if (!"label".equals(text.getAttribute("class"))) {
                continue;
            }
            double width = Double.parseDouble(text.getAttribute("data-width"));
            double height = Double.parseDouble(text.getAttribute("data-height"));
            double x = Double.parseDouble(text.getAttribute("x")) - width / 2;
            double y = Double.parseDouble(text.getAttribute("y")) - 12;
            boxes.add(new double[] {x, y, width, height});
        }
        assertThat(boxes).hasSizeGreaterThan(10);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                var a = boxes.get(i);
                var b = boxes.get(j);
                boolean overlap = a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
                assertThat(overlap).as("labels %d and %d overlap", i, j).isFalse();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void theSameNetworkGivesTheSamePicture(View view) {
        assertThat(ChartRenderer.render(SAMPLE, view, Format.SVG))
                .isEqualTo(ChartRenderer.render(ChartService.fromNetwork(SampleNetwork.build(),
                        SampleNetwork.DO_NOT_CONTACT), view, Format.SVG));
    }

    @Test
    void theChartHasAKeyATitleAndMarksDoNotContactInWords() throws Exception {
        String svg = new String(ChartRenderer.render(SAMPLE, View.ECOMAP, Format.SVG), StandardCharsets.UTF_8);

        assertThat(svg).contains("<title id=\"chart-title\">Robin's network</title>", "id=\"legend\"",
                "DO NOT CONTACT", "lost touch or never met", "role=\"img\"");
        assertThat(svg).contains("MUM'S SIDE", "DAD'S SIDE", "FORMER CAREERS".replace("CAREERS", "CARERS"));
    }

    @Test
    void anEmptyNetworkStillDrawsTheYoungPerson() throws Exception {
        var empty = new ChartData("you", "Robin", List.of(), List.of());

        for (View view : View.values()) {
            var document = parse(ChartRenderer.render(empty, view, Format.SVG));
            assertThat(document.getDocumentElement().getTextContent()).contains("Robin");
        }
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void pngAndPdfArePrintableVersionsOfTheSameLayout(View view) throws Exception {
        byte[] png = ChartRenderer.render(SAMPLE, view, Format.PNG);
        byte[] pdf = ChartRenderer.render(SAMPLE, view, Format.PDF);

        var image = ImageIO.read(new ByteArrayInputStream(png));
        var svg = parse(ChartRenderer.render(SAMPLE, view, Format.SVG)).getDocumentElement();
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(Integer.parseInt(svg.getAttribute("width")) * 1.5));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        String name = view == View.ECOMAP ? "ecomap-sample.png" : "genogram-sample.png";
        Files.createDirectories(Path.of("target", "charts"));
        Files.write(Path.of("target", "charts", name), png);
    }

    @Test
    void aYoungPersonsChartLeavesOutWhoTheyMustNotSee() {
        var own = new org.lifelonglinks.safeguarding.OwnNetwork(new org.lifelonglinks.safeguarding.OwnNetwork.Me("you", "Robin"),
                List.of(new org.lifelonglinks.safeguarding.OwnNetwork.OwnPerson("gran", "Nanna Jo", "grandmother",
                        org.lifelonglinks.network.Category.FAMILY, org.lifelonglinks.network.Sex.FEMALE, false,
                        org.lifelonglinks.network.Baseline.REGULAR, false)), List.of());

        String svg = new String(ChartRenderer.render(ChartService.fromOwnNetwork(own), View.ECOMAP, Format.SVG),
                StandardCharsets.UTF_8);

        assertThat(svg).contains("Nanna Jo").doesNotContain("Carl", "Testtown", "DO NOT CONTACT");
        var ids = java.util.regex.Pattern.compile("data-person-id=\"([^\"]+)\"").matcher(svg).results()
                .map(m -> m.group(1)).filter(id -> !id.equals("legend")).toList();
        assertThat(ids).containsExactlyInAnyOrder("you", "gran");
    }
}
