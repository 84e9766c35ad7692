import type {Program} from 'estree';
import type {Element, ElementContent, Root} from 'hast';
import {toHtml} from 'hast-util-to-html';
import type {MdxJsxAttribute, MdxJsxFlowElementHast} from 'mdast-util-mdx-jsx';

/*
 * Runs after rehype-mermaid has replaced each ```mermaid block with the SVG
 * that Mermaid drew at build time. Each SVG becomes one image to assistive
 * technology, named and described by the diagram's accTitle and accDescr
 * (its labels stay real text for selection, search and print), inside a
 * figure that keeps small labels readable on a phone.
 */

/** Mermaid draws labels at 16 px; a diagram is never shrunk below 12 px labels. */
const SMALLEST_SCALE = 12 / 16;
/** A 375 px phone shows about this much content width beside the page padding. */
const PHONE_CONTENT_WIDTH = 343;

function isMermaidSvg(node: ElementContent): node is Element {
  return node.type === 'element' && node.tagName === 'svg' && /^mermaid-\d+$/.test(String(node.properties.id ?? ''));
}

/** The viewBox width Mermaid measured, in CSS pixels at 16 px labels. */
function naturalWidth(svg: Element): number {
  const viewBox = String(svg.properties.viewBox ?? '').split(/\s+/);
  return Number(viewBox[2]) || 0;
}

/** Geometry attributes whose numbers Mermaid writes with up to 15 decimals. */
const GEOMETRY = ['d', 'points', 'transform'] as const;
const LONG_DECIMAL = /(-?\d+\.\d{2,})/g;

/**
 * Rounds coordinates to a tenth of a pixel. Mermaid's newer shapes (stacked
 * documents, stadiums) are traced by roughjs into curves with 15-digit
 * numbers: 30 KB of path data for one label's outline, sent twice (in the
 * HTML and in the page's script), for precision no screen shows.
 */
function roundGeometry(node: Element): void {
  for (const name of GEOMETRY) {
    const value = node.properties[name];
    if (typeof value === 'string') {
      node.properties[name] = value.replace(LONG_DECIMAL, (number) => String(Math.round(Number(number) * 10) / 10));
    }
  }
  for (const child of node.children) if (child.type === 'element') roundGeometry(child);
}

/** `{__html: "<svg …>"}` as the expression MDX compiles into the attribute's value. */
function innerHtmlExpression(html: string): Program {
  return {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ExpressionStatement',
        expression: {
          type: 'ObjectExpression',
          properties: [
            {
              type: 'Property',
              kind: 'init',
              key: {type: 'Identifier', name: '__html'},
              value: {type: 'Literal', value: html},
              computed: false,
              method: false,
              shorthand: false,
            },
          ],
        },
      },
    ],
  };
}

function attribute(name: string, value: string | number): MdxJsxAttribute {
  return {type: 'mdxJsxAttribute', name, value: String(value)};
}

/**
 * The frame holds the SVG as one string of HTML. Left as elements, every
 * path and label of a diagram became a React element that the browser had
 * to create and hydrate (Docker vs VM: over a thousand); as inner HTML it is
 * one element, and the page's markup stays the same. It also spares React
 * the mismatch the HTML minifier makes by rewriting the CSS in Mermaid's
 * <style>.
 */
function frame(svg: Element, scrolls: boolean): MdxJsxFlowElementHast {
  const attributes: MdxJsxAttribute[] = [attribute('className', 'diagram-frame')];
  // A frame that scrolls must be reachable by keyboard (WCAG 2.1.1), and says what it holds.
  if (scrolls) {
    attributes.push(
      attribute('data-scrolls', ''),
      attribute('tabIndex', 0),
      attribute('role', 'group'),
      attribute('aria-label', 'Diagram, scrolls sideways'),
    );
  }
  attributes.push({
    type: 'mdxJsxAttribute',
    name: 'dangerouslySetInnerHTML',
    value: {type: 'mdxJsxAttributeValueExpression', value: '', data: {estree: innerHtmlExpression(toHtml(svg))}},
  });
  return {type: 'mdxJsxFlowElement', name: 'div', attributes, children: []};
}

function figureFor(svg: Element, index: number): Element {
  roundGeometry(svg);
  const width = naturalWidth(svg);
  const minWidth = Math.ceil(width * SMALLEST_SCALE);
  const scrolls = minWidth > PHONE_CONTENT_WIDTH;
  svg.properties.role = 'img';
  // Mermaid sets max-width to its natural width; the minimum keeps labels at 12 px or more.
  svg.properties.style = `max-width: ${width}px; min-width: ${Math.min(minWidth, width)}px;`;
  const children: ElementContent[] = [];
  if (scrolls) {
    children.push({
      type: 'element',
      tagName: 'p',
      properties: {className: ['diagram-scroll-hint'], ariaHidden: 'true'},
      children: [{type: 'text', value: 'Scroll sideways to see the whole diagram.'}],
    });
  }
  children.push(frame(svg, scrolls));
  return {
    type: 'element',
    tagName: 'figure',
    properties: {className: ['diagram'], dataDiagram: String(index)},
    children,
  };
}

export default function rehypeDiagramFigure() {
  return (tree: Root): void => {
    let index = 0;
    const visit = (parent: Root | Element): void => {
      parent.children = parent.children.map((child) => {
        if (child.type !== 'element') return child;
        if (isMermaidSvg(child)) {
          const figure = figureFor(child, index);
          index += 1;
          return figure;
        }
        visit(child);
        return child;
      }) as typeof parent.children;
    };
    visit(tree);
  };
}
