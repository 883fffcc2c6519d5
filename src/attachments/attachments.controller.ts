import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser } from '../auth/auth.decorators.js';
import type { AuthUser } from '../common/http/request-context.js';
import { PaginationQuery } from '../common/validation/pagination.dto.js';
import { AttachmentsService } from './attachments.service.js';
import { AttachmentPage, AttachmentResponse, UPLOAD_BODY_SCHEMA } from './dto/attachment.dto.js';

const UPLOAD_DESCRIPTION =
  'One file a request (multipart field `file`, with `kind` and optional `paperDate`), streamed. 413 past ' +
  'ATTACHMENT_MAX_BYTES, 415 for a type other than PDF, JPEG, PNG, TIFF, WebP, DOCX, XLSX, ODT (judged from the ' +
  'bytes), 400 for an empty or cut-short upload, 409 past ATTACHMENTS_PER_CASE documents, 429 past ' +
  'ATTACHMENT_UPLOADS_PER_MINUTE uploads of this user. A refused upload leaves nothing behind.';

/** The case file: documents of cases and visits. */
@ApiTags('attachments')
@ApiBearerAuth()
@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post('cases/:id/attachments')
  @ApiOperation({
    summary: 'Attach a document to a case (whoever may act on it, or the desk that opened it)',
    description: UPLOAD_DESCRIPTION,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: UPLOAD_BODY_SCHEMA })
  @ApiCreatedResponse({ type: AttachmentResponse })
  uploadToCase(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
  ): Promise<AttachmentResponse> {
    return this.attachments.upload(user, 'case', id, request);
  }

  @Post('receptions/:id/attachments')
  @ApiOperation({
    summary: 'Attach a document to a visit (whoever may read it)',
    description: UPLOAD_DESCRIPTION,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: UPLOAD_BODY_SCHEMA })
  @ApiCreatedResponse({ type: AttachmentResponse })
  uploadToVisit(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
  ): Promise<AttachmentResponse> {
    return this.attachments.upload(user, 'reception', id, request);
  }

  @Get('cases/:id/attachments')
  @ApiOperation({ summary: "A case's documents, oldest first (sealed: no file names)" })
  @ApiOkResponse({ type: AttachmentPage })
  listOfCase(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PaginationQuery,
  ): Promise<AttachmentPage> {
    return this.attachments.list(user, 'case', id, query);
  }

  @Get('receptions/:id/attachments')
  @ApiOperation({ summary: "A visit's documents, oldest first (sealed: no file names)" })
  @ApiOkResponse({ type: AttachmentPage })
  listOfVisit(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PaginationQuery,
  ): Promise<AttachmentPage> {
    return this.attachments.list(user, 'reception', id, query);
  }

  @Get('attachments/:id/content')
  @ApiOperation({
    summary: 'The bytes of a document',
    description:
      'Shown inline (PDF, JPEG, PNG, WebP) or downloaded (the rest), with the UTF-8 file name (RFC 5987). A ' +
      'sealed document answers only those who may reveal the identity (403 otherwise), each read audited as ' +
      '`attachment.read`.',
  })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async content(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const content = await this.attachments.content(user, id);
    void reply.headers({
      'content-type': content.mediaType,
      'content-length': String(content.size),
      'content-disposition': content.disposition,
      'x-content-type-options': 'nosniff',
      'cache-control': content.sealed ? 'private, no-store' : 'private, max-age=0, must-revalidate',
    });
    return new StreamableFile(content.stream);
  }

  @Delete('attachments/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a document: its uploader within an hour, or an admin (audited)' })
  @ApiNoContentResponse()
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.attachments.remove(user, id);
  }
}
