package org.briefgen.render;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses the rendered XHTML for the PDF renderer with DTDs and entities forbidden outright, so no template
 * can make the XML parser read a file or fetch a URL (XXE). The HTML5 doctype line is dropped first: it
 * carries nothing openhtmltopdf needs.
 */
final class SafeXhtml {
    private static final Pattern HTML5_DOCTYPE = Pattern.compile("^\\s*<!DOCTYPE html>\\s*", Pattern.CASE_INSENSITIVE);
    private static final DocumentBuilderFactory FACTORY = factory();

    private SafeXhtml() {
    }

    static Document parse(String xhtml, Path template) throws BriefgenException {
        String body = HTML5_DOCTYPE.matcher(xhtml).replaceFirst("");
        try {
            DocumentBuilder b;
            synchronized (FACTORY) {
                b = FACTORY.newDocumentBuilder();
            }
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity '" + systemId + "' refused");
            });
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(body)));
        } catch (SAXParseException e) {
            throw new BriefgenException(Diagnostic.error(template, 0, 0,
                    "template output is not well-formed XHTML (line " + e.getLineNumber() + " of the output): " + e.getMessage()));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new BriefgenException(template, "template output cannot be parsed: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
        }
        return f;
    }
}
