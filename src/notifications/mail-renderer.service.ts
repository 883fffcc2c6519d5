import { readFileSync } from 'node:fs';
import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { type CaseKind, isCaseKind, kindInSentence } from '../cases/domain/case-kind.js';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

interface CompiledTemplate {
  subject: HandlebarsTemplateDelegate;
  html: HandlebarsTemplateDelegate;
  text: HandlebarsTemplateDelegate;
}

const TEMPLATES_DIR = new URL('../../../templates/', import.meta.url);

/**
 * Renders the Handlebars templates of `templates/<name>.{subject,html,text}.hbs`. HTML is escaped; the
 * subject and text versions are plain text (no HTML escaping, so "Nguyễn & con" stays readable).
 */
@Injectable()
export class MailRendererService {
  private readonly cache = new Map<string, CompiledTemplate>();
  private readonly handlebars = Handlebars.create();

  constructor() {
    this.handlebars.registerHelper('kindLabel', (kind: unknown) =>
      isCaseKind(String(kind)) ? kindInSentence(kind as CaseKind) : String(kind),
    );
  }

  render(name: string, data: Record<string, unknown>): RenderedMail {
    const template = this.template(name);
    return {
      subject: template.subject(data).replace(/\s+/g, ' ').trim(),
      html: template.html(data),
      text: template.text(data),
    };
  }

  private template(name: string): CompiledTemplate {
    if (!/^[a-z_]+$/.test(name)) {
      throw new Error(`bad template name ${name}`);
    }
    let compiled = this.cache.get(name);
    if (!compiled) {
      const read = (part: string): string =>
        readFileSync(new URL(`${name}.${part}.hbs`, templatesDir()), 'utf8');
      compiled = {
        subject: this.handlebars.compile(read('subject'), { noEscape: true, strict: true }),
        html: this.handlebars.compile(read('html'), { strict: true }),
        text: this.handlebars.compile(read('text'), { noEscape: true, strict: true }),
      };
      this.cache.set(name, compiled);
    }
    return compiled;
  }
}

/** `templates/` at the project root, from `src/` (tests) or `dist/src/` (compiled). */
function templatesDir(): URL {
  const fromSrc = new URL('../../templates/', import.meta.url);
  try {
    readFileSync(new URL('due_soon.subject.hbs', fromSrc));
    return fromSrc;
  } catch {
    return TEMPLATES_DIR;
  }
}
